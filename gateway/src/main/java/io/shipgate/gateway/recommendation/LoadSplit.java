package io.shipgate.gateway.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A tenant's percentage split of top choices, kept by a smooth weighted round robin (the deficit form nginx uses): each
 * recommendation adds every present share's percent to its credit, serves the share with the most credit, and takes the
 * present shares' total from it. When every share has an eligible option each time, after n recommendations each share
 * has been served within one recommendation of percent x n; shares absent from a recommendation neither gain nor lose.
 * In memory per node and rule version (docs/decide.md says what that means with several nodes).
 */
final class LoadSplit {

    private final int ruleVersion;
    private final List<SplitShare> shares;
    private final double[] credit;

    LoadSplit(int ruleVersion, List<SplitShare> shares) {
        this.ruleVersion = ruleVersion;
        this.shares = List.copyOf(shares);
        this.credit = new double[shares.size()];
    }

    int ruleVersion() {
        return ruleVersion;
    }

    /**
     * The share to serve this time among those with an eligible option ({@code present}), or -1 when none has one
     * (nothing is counted then).
     */
    synchronized int next(Predicate<SplitShare> present) {
        List<Integer> here = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < shares.size(); i++) {
            if (shares.get(i).percent().signum() > 0 && present.test(shares.get(i))) {
                here.add(i);
                total += shares.get(i).percent().doubleValue();
            }
        }
        if (here.isEmpty()) {
            return -1;
        }
        int best = -1;
        for (int i : here) {
            credit[i] += shares.get(i).percent().doubleValue();
            if (best < 0 || credit[i] > credit[best]) {
                best = i;
            }
        }
        credit[best] -= total;
        return best;
    }

    SplitShare share(int index) {
        return shares.get(index);
    }

    /** Whether a share names the account (or its carrier). */
    static boolean covers(SplitShare share, UUID accountId, String carrier) {
        return share.carrierAccountId() != null ? share.carrierAccountId().equals(accountId) : share.carrier().equals(carrier);
    }
}
