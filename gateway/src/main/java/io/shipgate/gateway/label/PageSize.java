package io.shipgate.gateway.label;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.util.Locale;

/** The page a PDF label profile prints on. */
@Schema(description = "The page of a PDF label profile: 4x6 or 4x8 inch thermal labels, A6, or A4 sheets for laser printers",
        enumAsRef = true)
public enum PageSize {
    FOUR_BY_SIX("4x6", 4 * 72f, 6 * 72f),
    FOUR_BY_EIGHT("4x8", 4 * 72f, 8 * 72f),
    A6("A6", PDRectangle.A6.getWidth(), PDRectangle.A6.getHeight()),
    A4("A4", PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());

    private final String wireName;
    private final float width;
    private final float height;

    PageSize(String wireName, float width, float height) {
        this.wireName = wireName;
        this.width = width;
        this.height = height;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static PageSize of(String name) {
        for (PageSize size : values()) {
            if (size.wireName.equalsIgnoreCase(name == null ? "" : name.strip()) || size.name().equals(name)) {
                return size;
            }
        }
        throw new IllegalArgumentException("must be one of 4x6, 4x8, A6, A4, not " + (name == null ? null : name.toUpperCase(Locale.ROOT)));
    }

    /** The page in PDF points (1/72 inch), portrait. */
    PDRectangle rectangle() {
        return new PDRectangle(width, height);
    }
}
