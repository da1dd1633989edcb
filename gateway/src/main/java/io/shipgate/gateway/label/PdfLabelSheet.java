package io.shipgate.gateway.label;

import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.Problems;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Carriers' PDF labels placed on a profile's pages, 1 or 4 (2 x 2) a page, in order. A label is never scaled: it is
 * placed at its own size (so its barcode keeps the bar widths the carrier printed), centred in its cell; turned a
 * quarter when only that fits; and where it is only slightly larger than the cell (a 4x6 inch label on A6, or in a
 * quarter of A4), its blank margin is trimmed: at most {@link #TRIM} a side. A label that still does not fit is
 * refused (422 label-does-not-fit) rather than shrunk below what scanners read.
 * <p>
 * Memory: the carriers' documents are read one at a time and closed; page contents go to a temporary file
 * ({@link IOUtils#createTempFileOnlyStreamCache}), so only the document's small object tree (a few KB a label) stays
 * in memory until {@link #finish} writes it.
 */
final class PdfLabelSheet implements LabelSheet {

    /** The most a label's margin is trimmed on each side to fit its cell: 0.15 inch. */
    static final float TRIM = 0.15f * 72;
    private static final float TOLERANCE = 0.5f;

    private final PageSize pageSize;
    private final int labelsPerPage;
    private final OutputStream out;
    private final PDDocument document;
    private PDPage page;
    private int used;

    PdfLabelSheet(PageSize pageSize, int labelsPerPage, OutputStream out) {
        this.pageSize = pageSize;
        this.labelsPerPage = labelsPerPage;
        this.out = out;
        this.document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
    }

    @Override
    public void add(LabelFormat format, byte[] label) {
        if (format != LabelFormat.PDF) {
            throw LabelSheets.unsupported(format, "PDF");
        }
        try (PDDocument source = Loader.loadPDF(label)) {
            // one LayerUtility per source: its cloner remembers every object it copied
            LayerUtility layers = new LayerUtility(document);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                place(layers.importPageAsForm(source, i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a stored PDF label cannot be read", e);
        }
    }

    private void place(PDFormXObject form) throws IOException {
        PDRectangle box = form.getBBox();
        if (pageSize == null) {
            // no profile: each label on a page of its own size, as the carrier made it
            page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
            document.addPage(page);
        } else if (page == null || used == labelsPerPage) {
            page = new PDPage(pageSize.rectangle());
            document.addPage(page);
            used = 0;
        }
        PDRectangle cell = pageSize == null ? page.getMediaBox() : cell(used++);
        float w = box.getWidth();
        float h = box.getHeight();
        boolean turn;
        if (fits(w, h, cell, 0) || fits(w, h, cell, TRIM) && !fits(h, w, cell, 0)) {
            turn = false;
        } else if (fits(h, w, cell, TRIM)) {
            turn = true;
        } else {
            throw new ApiException(Problems.LABEL_DOES_NOT_FIT, HttpStatus.UNPROCESSABLE_ENTITY, String.format(Locale.ROOT,
                    "a %.2f x %.2f inch label does not fit a %s cell of %.2f x %.2f inch without shrinking its barcode; "
                            + "choose a larger page or 1 label a page", w / 72, h / 72, pageSize.wireName(),
                    cell.getWidth() / 72, cell.getHeight() / 72));
        }
        try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
            content.saveGraphicsState();
            content.addRect(cell.getLowerLeftX(), cell.getLowerLeftY(), cell.getWidth(), cell.getHeight());
            content.clip();
            content.transform(new org.apache.pdfbox.util.Matrix(1, 0, 0, 1,
                    cell.getLowerLeftX() + cell.getWidth() / 2, cell.getLowerLeftY() + cell.getHeight() / 2));
            if (turn) {
                content.transform(org.apache.pdfbox.util.Matrix.getRotateInstance(Math.PI / 2, 0, 0));
            }
            content.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance(-box.getLowerLeftX() - w / 2, -box.getLowerLeftY() - h / 2));
            content.drawForm(form);
            content.restoreGraphicsState();
        }
    }

    private static boolean fits(float w, float h, PDRectangle cell, float trim) {
        return w <= cell.getWidth() + 2 * trim + TOLERANCE && h <= cell.getHeight() + 2 * trim + TOLERANCE;
    }

    /** The n-th cell of the page: the page itself, or its quarters left to right, top to bottom. */
    private PDRectangle cell(int n) {
        PDRectangle whole = pageSize.rectangle();
        if (labelsPerPage == 1) {
            return whole;
        }
        float w = whole.getWidth() / 2;
        float h = whole.getHeight() / 2;
        return new PDRectangle((n % 2) * w, (n < 2 ? 1 : 0) * h, w, h);
    }

    @Override
    public void finish() {
        try {
            if (document.getNumberOfPages() == 0) {
                document.addPage(new PDPage(pageSize == null ? PageSize.FOUR_BY_SIX.rectangle() : pageSize.rectangle()));
            }
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the label PDF", e);
        }
    }

    @Override
    public String mediaType() {
        return LabelFormat.PDF.mediaType();
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
