package dev.chatdesk.core.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Agglomerative clustering of unit vectors with average linkage: the two groups whose members are
 * on average most alike (by dot product, a cosine) are merged, again and again, while that average
 * is at least the threshold. Unlike k-means it needs no number of groups, and a question unlike any
 * other stays alone. Quadratic in memory and, usually, in time: meant for up to a few thousand vectors.
 */
public final class AverageLinkage {
    private final double threshold;

    /** Merges groups while their average similarity is at least {@code threshold} (a cosine, -1 to 1). */
    public AverageLinkage(double threshold) {
        this.threshold = threshold;
    }

    /** The groups, as the indexes of their vectors in ascending order; groups ordered by their first index. */
    public List<List<Integer>> cluster(List<float[]> vectors) {
        int n = vectors.size();
        float[][] similarity = new float[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                similarity[i][j] = similarity[j][i] = dot(vectors.get(i), vectors.get(j));
            }
        }
        List<List<Integer>> members = new ArrayList<>(n);
        int[] size = new int[n];
        boolean[] merged = new boolean[n];
        int[] nearest = new int[n];
        for (int i = 0; i < n; i++) {
            members.add(new ArrayList<>(List.of(i)));
            size[i] = 1;
        }
        for (int i = 0; i < n; i++) {
            nearest[i] = nearest(similarity, merged, i);
        }
        while (true) {
            int a = -1;
            for (int i = 0; i < n; i++) {
                if (!merged[i] && nearest[i] >= 0 && (a < 0 || similarity[i][nearest[i]] > similarity[a][nearest[a]])) {
                    a = i;
                }
            }
            if (a < 0 || similarity[a][nearest[a]] < threshold) {
                break;
            }
            int b = nearest[a];
            for (int k = 0; k < n; k++) {
                if (!merged[k] && k != a && k != b) {
                    float average = (size[a] * similarity[a][k] + size[b] * similarity[b][k]) / (size[a] + size[b]);
                    similarity[a][k] = similarity[k][a] = average;
                }
            }
            merged[b] = true;
            size[a] += size[b];
            members.get(a).addAll(members.get(b));
            for (int k = 0; k < n; k++) {
                if (merged[k]) {
                    continue;
                }
                if (k == a || nearest[k] == a || nearest[k] == b) {
                    nearest[k] = nearest(similarity, merged, k);
                } else if (similarity[k][a] > similarity[k][nearest[k]]) {
                    nearest[k] = a;
                }
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!merged[i]) {
                groups.add(members.get(i).stream().sorted().toList());
            }
        }
        groups.sort(Comparator.comparing(group -> group.get(0)));
        return groups;
    }

    /** The most similar group still standing, or -1 when {@code i} is the last. */
    private static int nearest(float[][] similarity, boolean[] merged, int i) {
        int best = -1;
        for (int k = 0; k < similarity.length; k++) {
            if (k != i && !merged[k] && (best < 0 || similarity[i][k] > similarity[i][best])) {
                best = k;
            }
        }
        return best;
    }

    static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
