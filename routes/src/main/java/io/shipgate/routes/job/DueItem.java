package io.shipgate.routes.job;

/** A claimed item, as {@link DueWorkRoute} sees it. */
public interface DueItem {

    /** Names the item in logs: an id, never personal data. */
    Object id();

    /** Attempts so far, this one included (claiming an item counts an attempt). */
    int attempts();
}
