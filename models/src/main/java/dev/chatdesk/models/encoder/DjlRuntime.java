package dev.chatdesk.models.encoder;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Puts DJL in the mode Chatdesk always runs it in: offline (nothing is ever downloaded; the
 * PyTorch native library comes from the {@code pytorch-native-cpu} jar on the class path), no
 * usage reporting, and the PyTorch engine.
 */
public final class DjlRuntime {
    private DjlRuntime() {}

    /**
     * Makes PyTorch run the calling thread's operations on one core, so that several such threads
     * can work side by side without contending. OpenMP's thread count is per thread, but the
     * matrix library's (MKL) is process-wide: after this call, large matrix products on any
     * thread use one core. Serving calls it; training must not run in the same process after.
     */
    public static void useOneCoreOnThisThread() {
        pytorch();
        JniUtils.setNumThreads(1);
    }

    /** Configures DJL and returns the PyTorch engine; call before any other DJL use. */
    public static synchronized Engine pytorch() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        return Engine.getEngine("PyTorch");
    }
}
