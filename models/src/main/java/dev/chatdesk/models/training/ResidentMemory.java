package dev.chatdesk.models.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the process's resident memory, to show that training does not leak native arrays. */
public final class ResidentMemory {
    private ResidentMemory() {}

    /** Resident set size in megabytes, or -1 where /proc is not available. */
    public static long megabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
