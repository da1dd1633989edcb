package io.shipgate.carrier.model;

/** Label document formats, with their media type and file extension. */
public enum LabelFormat {
    PDF("application/pdf", "pdf"),
    ZPL("application/x-zpl", "zpl"),
    PNG("image/png", "png");

    private final String mediaType;
    private final String extension;

    LabelFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
