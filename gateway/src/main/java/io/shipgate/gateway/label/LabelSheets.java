package io.shipgate.gateway.label;

import io.shipgate.carrier.model.LabelFormat;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.Problems;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.http.HttpStatus;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** Opens the {@link LabelSheet} of a profile. */
public final class LabelSheets {

    private LabelSheets() {
    }

    /** A sheet writing the profile's format to {@code out} (which it does not close). */
    public static LabelSheet open(LabelProfile profile, OutputStream out) {
        return switch (profile.format()) {
            case PDF -> new PdfLabelSheet(profile.pageSize(), profile.labelsPerPage(), out);
            case ZPL -> new ZplLabelSheet(profile.dpi(), out);
            case PNG -> new PngLabelSheet(profile.dpi(), out);
        };
    }

    /** Renders each page of a PDF label at {@code dpi}, in black and white. */
    static void renderPages(byte[] pdf, int dpi, ImageType type, Consumer<BufferedImage> page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                page.accept(renderer.renderImageWithDPI(i, dpi, type));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a stored PDF label cannot be read", e);
        }
    }

    static ApiException unsupported(LabelFormat given, String profileFormat) {
        return new ApiException(Problems.LABEL_NOT_AVAILABLE, HttpStatus.NOT_FOUND,
                "a " + given + " label cannot be rendered as " + profileFormat);
    }
}
