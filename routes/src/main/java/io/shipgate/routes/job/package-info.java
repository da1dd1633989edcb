/**
 * Background jobs: scheduled routes that work through rows of a table, the same way on any number
 * of nodes. A job's timer fires on every node; each run claims what is due in a batch with
 * {@code FOR UPDATE SKIP LOCKED}, so nodes share the work instead of waiting for each other, and
 * everything that must outlive a run (when an item is due next, its attempts) is in the table, so
 * a restart or a dead node loses nothing.
 *
 * <ul>
 * <li>{@link io.shipgate.routes.job.DueWorkRoute}: work on each due item (a purchase to reconcile, a
 *     webhook to deliver, a shipment to poll) in its own transactions, through a {@link io.shipgate.routes.job.DueWork}
 *     port the gateway implements per table; a failed attempt is due again after a persisted backoff
 *     with jitter, and after the job's last attempt the item is set aside for an operator.
 * <li>{@link io.shipgate.routes.job.PurgeRoute}: delete rows past their retention, in batches
 *     ({@link io.shipgate.routes.job.Purge}); claiming and settling a row are one DELETE there.
 * </ul>
 * Both run under {@link io.shipgate.routes.RouteConfigurations#BACKGROUND}.
 */
package io.shipgate.routes.job;
