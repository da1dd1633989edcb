package io.shipgate.routes.port;

import io.shipgate.carrier.model.TrackingResult;
import io.shipgate.routes.job.DueWork;
import io.shipgate.routes.tracking.ReceivedPush;
import io.shipgate.routes.tracking.StoredPush;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Carrier pushes, stored before they are answered and processed after (the push intake, a
 * {@link io.shipgate.routes.job.DueWorkRoute}), and the tracking of AWBs no shipment had when it came.
 */
public interface PushInbox extends DueWork<StoredPush> {

    /** Stores an authenticated push, due for processing at once (or after {@code shipgate.tracking.intake.handoff-grace}); returns its id. Committed on return. */
    UUID store(ReceivedPush push);

    /**
     * Claims the push for the hand-off's consumer, only if nobody claimed it yet (a broker's redelivery,
     * or a push the intake job took first, gives empty): held until {@code holdUntil} like {@link #claimDue}.
     */
    Optional<StoredPush> claim(UUID pushId, java.time.Instant holdUntil);

    /**
     * Processes claimed pushes together, in one transaction: runs {@code work} (in this thread, inside the transaction: what
     * it ingests, directly or through the ingestion route, and keeps unmatched joins it), then marks every push processed in
     * it. Either all of it is committed or, when {@code work} or the commit fails, nothing (the exception is thrown; the pushes
     * stay claimed, for their attempt to be retried).
     */
    void processTogether(List<StoredPush> pushes, Runnable work);

    /**
     * Keeps the tracking of an AWB the push's account has no shipment for, to be matched when one appears,
     * unless one appeared meanwhile: then nothing is kept and that shipment is returned, to be ingested.
     * Serialized with {@link #rematch} per account and AWB, so that tracking is never kept after its match ran.
     */
    Optional<ShipmentSnapshot> keepUnmatched(StoredPush push, TrackingResult tracking);

    /**
     * A shipment (or a tracker) with this account and AWB appeared: the tracking pushed for it before,
     * still kept, is ingested (in the caller's transaction when there is one, else in its own) and no
     * longer kept. Returns how many pushes' tracking was ingested. Call it in the transaction that
     * stores the shipment or tracker, after it is stored.
     */
    int rematch(UUID tenantId, UUID carrierAccountId, String awb);
}
