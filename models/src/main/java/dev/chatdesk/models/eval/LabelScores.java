package dev.chatdesk.models.eval;

/**
 * How well one class is recognised.
 *
 * @param precision the share of predictions of the class that are right
 * @param recall the share of the class's examples that are found
 * @param f1 the harmonic mean of precision and recall
 * @param support the number of the class's examples
 */
public record LabelScores(double precision, double recall, double f1, int support) {}
