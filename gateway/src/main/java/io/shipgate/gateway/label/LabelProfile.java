package io.shipgate.gateway.label;

import io.shipgate.carrier.model.LabelFormat;

import java.util.UUID;

/**
 * What a label document is rendered as: a PDF on {@code pageSize} pages with {@code labelsPerPage} labels each, ZPL at
 * {@code dpi}, or PNG at {@code dpi}.
 *
 * @param id null for the gateway's own defaults (no profile stored)
 */
public record LabelProfile(UUID id, LabelFormat format, PageSize pageSize, int labelsPerPage, int dpi) {

    /** The native resolution of thermal labels, and of the carriers' own ZPL and PNG labels. */
    public static final int THERMAL_DPI = 203;

    /** Without a profile: the carriers' own labels in {@code format} (a PDF: each label on a page of its own size). */
    public static LabelProfile plain(LabelFormat format) {
        return new LabelProfile(null, format, null, 1, THERMAL_DPI);
    }

    /**
     * The stored label format the profile starts from: the carrier's own ZPL for ZPL at its native 203 dpi (when the
     * carrier issues ZPL; {@link LabelSheet#add} takes a PDF too), otherwise its PDF (rendered from its images where it
     * issues none), which lays out and re-renders at any resolution.
     */
    public LabelFormat source() {
        return format == LabelFormat.ZPL && dpi == THERMAL_DPI ? LabelFormat.ZPL : LabelFormat.PDF;
    }
}
