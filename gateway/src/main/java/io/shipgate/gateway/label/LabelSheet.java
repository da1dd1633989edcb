package io.shipgate.gateway.label;

import io.shipgate.carrier.model.LabelFormat;

/**
 * A label document being written for a {@link LabelProfile} ({@link LabelSheets#open}): labels are added in the order
 * they are printed, then {@link #finish} writes what is left to the output. Holds temporary files until closed.
 */
public interface LabelSheet extends AutoCloseable {

    /**
     * Adds the labels of one carrier document (a PDF's pages, or a ZPL document's labels as they are), in order.
     *
     * @throws io.shipgate.gateway.platform.problem.ApiException 422 label-does-not-fit when a label is larger than the
     *                                                           profile's page and would have to be shrunk
     */
    void add(LabelFormat format, byte[] document);

    /** Writes the document's end (a PDF: all of it) to the output. */
    void finish();

    /** The document's media type. */
    String mediaType();

    @Override
    void close();
}
