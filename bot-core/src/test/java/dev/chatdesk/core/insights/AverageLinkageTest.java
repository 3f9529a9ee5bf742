package dev.chatdesk.core.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AverageLinkageTest {
    @Test
    void mergesWhatIsAlikeAndLeavesTheOddOneAlone() {
        List<float[]> vectors = List.of(at(0), at(90), at(5), at(180), at(95), at(10));

        assertEquals(List.of(List.of(0, 2, 5), List.of(1, 4), List.of(3)), new AverageLinkage(0.9).cluster(vectors));
    }

    @Test
    void doesNotChainNeighboursIntoOneGroupAsSingleLinkageWould() {
        // each neighbour is 30 degrees from the next (cosine 0.87), the ends are 90 apart
        List<float[]> vectors = List.of(at(0), at(30), at(60), at(90));

        assertEquals(List.of(List.of(0, 1), List.of(2, 3)), new AverageLinkage(0.8).cluster(vectors));
    }

    @Test
    void aThresholdAboveOneKeepsEveryVectorApartAndOneBelowMinusOneMergesAll() {
        List<float[]> vectors = List.of(at(0), at(0), at(180));

        assertEquals(3, new AverageLinkage(1.01).cluster(vectors).size());
        assertEquals(List.of(List.of(0, 1, 2)), new AverageLinkage(-1.01).cluster(vectors));
        assertEquals(List.of(), new AverageLinkage(0.5).cluster(List.of()));
    }

    /** The unit vector at {@code degrees} in the plane. */
    static float[] at(double degrees) {
        double radians = Math.toRadians(degrees);
        return new float[] {(float) Math.cos(radians), (float) Math.sin(radians)};
    }
}
