package com.forecourt.vehicle.relevance;

import java.util.List;
import java.util.Set;

/**
 * Precision at 3, reciprocal rank, R-precision (the share of relevant cars among the first as many as there are
 * relevant ones) and recall of one ranked answer against its judgment. The ranking is first condensed to
 * the judged catalogue: cars that other tests listed in the same index are left out, not counted as wrong, so the
 * scores do not depend on which tests ran before.
 */
public record RelevanceScores(double precisionAt3, double reciprocalRank, double bestPrecisionAt3,
                              double rPrecision, double recall) {

    public static RelevanceScores of(List<String> condensedRanking, Set<String> relevant) {
        long hits = condensedRanking.stream().limit(3).filter(relevant::contains).count();
        long firstR = condensedRanking.stream().limit(relevant.size()).filter(relevant::contains).count();
        long found = condensedRanking.stream().filter(relevant::contains).distinct().count();
        double reciprocalRank = 0;
        for (int rank = 1; rank <= condensedRanking.size(); rank++) {
            if (relevant.contains(condensedRanking.get(rank - 1))) {
                reciprocalRank = 1.0 / rank;
                break;
            }
        }
        return new RelevanceScores(hits / 3.0, reciprocalRank, Math.min(3, relevant.size()) / 3.0,
                (double) firstR / relevant.size(), (double) found / relevant.size());
    }

    /** Whether the first {@code relevant.size()} cars are exactly the relevant ones (R-precision of 1). */
    public static boolean relevantFirst(List<String> condensedRanking, Set<String> relevant) {
        return condensedRanking.size() >= relevant.size()
                && Set.copyOf(condensedRanking.subList(0, relevant.size())).equals(relevant);
    }
}
