package io.shipgate.gateway.branding;

import java.util.regex.Pattern;

/** Brand colours: {@code #rrggbb} only, and the text colour that stays readable on one. */
final class Colors {

    static final Pattern HEX = Pattern.compile("^#[0-9a-fA-F]{6}$");

    private Colors() {
    }

    static boolean valid(String color) {
        return color != null && HEX.matcher(color).matches();
    }

    /** {@code #000000} or {@code #ffffff}: the one with the higher WCAG contrast ratio against {@code color}. */
    static String readableOn(String color) {
        double l = luminance(color);
        double withBlack = (l + 0.05) / 0.05;
        double withWhite = 1.05 / (l + 0.05);
        return withBlack >= withWhite ? "#000000" : "#ffffff";
    }

    /** WCAG 2 relative luminance of {@code #rrggbb}. */
    static double luminance(String color) {
        int rgb = Integer.parseInt(color.substring(1), 16);
        return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
