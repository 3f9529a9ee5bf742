package dev.chatdesk.models.training;

import ai.djl.training.tracker.Tracker;

/**
 * The learning rate schedule of BERT fine-tuning: a linear rise from 0 to the peak over the
 * warm-up steps, then a linear fall to 0 at the last step.
 */
final class WarmupLinearDecay implements Tracker {
    private final float peak;
    private final int warmupSteps;
    private final int totalSteps;

    WarmupLinearDecay(float peak, int warmupSteps, int totalSteps) {
        this.peak = peak;
        this.warmupSteps = Math.max(1, warmupSteps);
        this.totalSteps = Math.max(this.warmupSteps + 1, totalSteps);
    }

    @Override
    public float getNewValue(int numUpdate) {
        if (numUpdate < warmupSteps) {
            return peak * numUpdate / warmupSteps;
        }
        float remaining = (float) (totalSteps - numUpdate) / (totalSteps - warmupSteps);
        return peak * Math.max(0f, remaining);
    }
}
