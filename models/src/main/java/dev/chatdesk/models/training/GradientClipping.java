package dev.chatdesk.models.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * Clips gradients to a maximum global L2 norm, as BERT fine-tuning does (without it, a post-norm
 * transformer at a fine-tuning learning rate can diverge: we saw the loss turn NaN in the fourth
 * epoch on BANKING77 at 1e-4).
 */
final class GradientClipping {
    private static final NDIndex ALL = new NDIndex("...");

    private GradientClipping() {}

    /**
     * Scales every gradient in place so that their global norm is at most {@code maxNorm}.
     *
     * @return false if the norm is not finite, in which case the gradients are zeroed instead
     */
    static boolean clipToNorm(List<Parameter> parameters, float maxNorm, NDManager step) {
        List<NDArray> gradients = gradients(parameters, step);
        double squares = 0;
        for (NDArray gradient : gradients) {
            squares += gradient.square().sum().getFloat();
        }
        double norm = Math.sqrt(squares);
        if (!Double.isFinite(norm)) {
            zero(gradients);
            return false;
        }
        if (norm > maxNorm) {
            float scale = (float) (maxNorm / norm);
            gradients.forEach(g -> g.muli(scale));
        }
        return true;
    }

    /** Sets every gradient to zero, so a skipped step leaves nothing behind. */
    static void zero(List<Parameter> parameters, NDManager step) {
        zero(gradients(parameters, step));
    }

    private static void zero(List<NDArray> gradients) {
        // Assigned, not multiplied: NaN * 0 is NaN, and PyTorch adds the next step's gradients to these.
        gradients.forEach(g -> g.set(ALL, 0));
    }

    private static List<NDArray> gradients(List<Parameter> parameters, NDManager step) {
        List<NDArray> gradients = new ArrayList<>(parameters.size());
        for (Parameter p : parameters) {
            NDArray gradient = p.getArray().getGradient();
            gradient.attach(step); // the handle closes with the step; the gradient itself stays
            gradients.add(gradient);
        }
        return gradients;
    }
}
