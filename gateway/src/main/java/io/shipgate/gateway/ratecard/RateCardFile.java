package io.shipgate.gateway.ratecard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shipgate.carrier.model.Codes;
import io.shipgate.gateway.platform.upload.RowError;
import io.shipgate.gateway.platform.upload.UploadFiles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a rate card, CSV or JSON (docs/decide.md, "Rate cards"), and checks all of it: a card is taken whole or
 * not at all, so every mistake is found before anything is stored, each with its row and field.
 *
 * <p>The CSV is one sheet a merchant edits in a spreadsheet: a header naming its columns in any order (only
 * {@code section} is required), then one line per setting, zone lane, slab or additional step, told apart by the
 * {@code section} column. The JSON is one object (the same names, zones nested); it is read into the same lines,
 * so both are checked by the same code: a JSON mistake has row 0 and its JSON path as the field.
 */
final class RateCardFile {

    enum Format {
        CSV, JSON
    }

    /** The CSV's columns, in the order the download writes them. */
    static final List<String> COLUMNS = List.of("section", "setting", "value", "zone", "origin", "destination", "from_kg", "to_kg",
            "step_kg", "price");
    static final List<String> SETTINGS = List.of("currency", "country", "service_name", "volumetric_divisor", "fuel_surcharge_percent",
            "cod_fee_fixed", "cod_fee_percent", "cod_fee_minimum", "oda_surcharge");
    /** The columns each section uses; any other must be blank. */
    private static final Map<String, Set<String>> USES = Map.of(
            "setting", Set.of("setting", "value"),
            "zone", Set.of("zone", "origin", "destination"),
            "slab", Set.of("zone", "from_kg", "to_kg", "price"),
            "additional", Set.of("zone", "step_kg", "price"));
    static final int MAX_FIELD_LENGTH = 60;
    /** The fields {@code GET .../rate-cards/{service}} adds to the card, ignored on upload so that its body can be PUT back. */
    private static final Set<String> VIEW_ONLY = Set.of("carrier_account_id", "service", "version", "uploaded_at", "csv_url");
    private static final BigDecimal MAX_KG = new BigDecimal("10000");
    private static final BigDecimal MAX_PRICE = new BigDecimal("1000000000");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The card of a file without mistakes; else its first mistakes (by row) and how many rows have one. */
    record Result(RateCard card, List<RowError> errors, long invalidRows) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    /** One line of the card: its row (0 in JSON), its values by column, and for JSON the path each column's field has. */
    private record Line(long row, Map<String, String> values, String path) {
        String get(String column) {
            String value = values.get(column);
            if (value == null) {
                return null;
            }
            String stripped = value.strip();
            return stripped.isEmpty() ? null : stripped;
        }

        /** The field a mistake names: the CSV column, or the JSON path (a setting's own path). */
        String field(String column) {
            if (path == null) {
                return column;
            }
            return "setting".equals(values.get("section")) ? path : path + "." + JSON_NAMES.getOrDefault(column, column);
        }

        /** The CSV column or, in JSON, the name of the zone's part the mistake is about. */
        String about(String csvColumn, String jsonName) {
            return path == null ? csvColumn : jsonName;
        }
    }

    /** A JSON card's names where they differ from the CSV's columns. */
    private static final Map<String, String> JSON_NAMES = Map.of("zone", "name", "value", "value");

    private final int maxRows;
    private final int maxErrors;
    private final List<RowError> errors = new ArrayList<>();
    private final Set<Long> invalid = new HashSet<>();
    private long jsonMistakes;

    private RateCardFile(int maxRows, int maxErrors) {
        this.maxRows = maxRows;
        this.maxErrors = maxErrors;
    }

    static Result read(byte[] body, Format format, int maxRows, int maxErrors) {
        RateCardFile file = new RateCardFile(maxRows, maxErrors);
        String text = UploadFiles.utf8(body);
        List<Line> lines = null;
        if (text == null) {
            file.error(1, "file", "is not UTF-8 text");
        } else {
            lines = format == Format.CSV ? file.csv(text) : file.json(text);
        }
        RateCard card = lines == null ? null : file.card(lines);
        if (!file.errors.isEmpty() || card == null) {
            List<RowError> sorted = new ArrayList<>(file.errors);
            sorted.sort(Comparator.comparingLong(RowError::row));
            return new Result(null, List.copyOf(sorted.subList(0, Math.min(maxErrors, sorted.size()))),
                    Math.max(1, file.invalid.size() + file.jsonMistakes));
        }
        return new Result(card, List.of(), 0);
    }

    private List<Line> csv(String text) {
        List<Line> lines = new ArrayList<>();
        Iterator<String> it = text.lines().iterator();
        long row = 0;
        List<String> header = null;
        while (it.hasNext()) {
            String line = it.next();
            row++;
            if (line.isBlank() || line.replace(",", "").isBlank()) {
                continue;
            }
            List<String> fields = UploadFiles.split(line, MAX_FIELD_LENGTH);
            if (header == null) {
                header = header(row, fields);
                if (header == null) {
                    return null;
                }
                continue;
            }
            if (lines.size() >= maxRows) {
                invalid(row, "file", "has more than " + maxRows + " lines (shipgate.rate-cards.max-rows)");
                return null;
            }
            if (fields == null) {
                invalid(row, "row", "has an unclosed quote");
            } else if (fields.size() != header.size()) {
                invalid(row, "row", "has " + fields.size() + " fields; the header has " + header.size());
            } else {
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), fields.get(i));
                }
                lines.add(new Line(row, values, null));
            }
        }
        if (header == null) {
            error(1, "header", "is missing: the first line names the columns (" + String.join(",", COLUMNS) + ")");
            return null;
        }
        return lines;
    }

    private List<String> header(long row, List<String> fields) {
        return UploadFiles.header(row, fields, COLUMNS, Set.of("section"), e -> error(e.row(), e.field(), e.message()));
    }

    /** The JSON card as lines: its settings, then per zone its lanes, slabs and additional step. */
    private List<Line> json(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            jsonError("$", "is not JSON (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
            return null;
        }
        if (root == null || !root.isObject()) {
            jsonError("$", "must be a JSON object");
            return null;
        }
        List<Line> lines = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equals("zones") || name.equals("cod_fee") || value.isNull() || VIEW_ONLY.contains(name)) {
                continue;
            }
            if (!SETTINGS.contains(name) || name.startsWith("cod_fee_")) {
                jsonError(UploadFiles.shortened(name), "is not a field of a rate card");
            } else if (scalar(name, value)) {
                lines.add(new Line(0, Map.of("section", "setting", "setting", name, "value", value.asText()), name));
            }
        }
        JsonNode cod = root.path("cod_fee");
        if (cod.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = cod.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String setting = "cod_fee_" + field.getKey();
                if (!SETTINGS.contains(setting)) {
                    jsonError("cod_fee." + UploadFiles.shortened(field.getKey()), "is not one of fixed, percent, minimum");
                } else if (!field.getValue().isNull() && scalar("cod_fee." + field.getKey(), field.getValue())) {
                    lines.add(new Line(0, Map.of("section", "setting", "setting", setting, "value", field.getValue().asText()),
                            "cod_fee." + field.getKey()));
                }
            }
        } else if (!cod.isMissingNode() && !cod.isNull()) {
            jsonError("cod_fee", "must be an object: {\"fixed\": \"30\"} or {\"percent\": \"1.5\", \"minimum\": \"30\"}");
        }
        JsonNode zones = root.path("zones");
        if (!zones.isArray()) {
            jsonError("zones", "is required: an array of zones");
            return lines;
        }
        for (int z = 0; z < zones.size(); z++) {
            JsonNode zone = zones.get(z);
            String path = "zones[" + z + "]";
            if (!zone.isObject()) {
                jsonError(path, "must be an object");
                continue;
            }
            String name = zone.path("name").isValueNode() ? zone.path("name").asText() : "";
            expectOnly(zone, path, Set.of("name", "lanes", "slabs", "additional"));
            lines.add(new Line(0, Map.of("section", "zone-name", "zone", name), path));
            objects(zone.path("lanes"), path + ".lanes", Set.of("origin", "destination"), "zone", name, lines);
            objects(zone.path("slabs"), path + ".slabs", Set.of("from_kg", "to_kg", "price"), "slab", name, lines);
            JsonNode additional = zone.path("additional");
            if (additional.isObject()) {
                expectOnly(additional, path + ".additional", Set.of("step_kg", "price"));
                lines.add(line(additional, "additional", name, path + ".additional"));
            } else if (!additional.isMissingNode() && !additional.isNull()) {
                jsonError(path + ".additional", "must be an object: {\"step_kg\": 0.5, \"price\": \"20\"}");
            }
        }
        return lines;
    }

    private void objects(JsonNode array, String path, Set<String> names, String section, String zone, List<Line> lines) {
        if (!array.isArray()) {
            if (!array.isMissingNode()) {
                jsonError(path, "must be an array");
            }
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            String itemPath = path + "[" + i + "]";
            if (!item.isObject()) {
                jsonError(itemPath, "must be an object");
            } else if (expectOnly(item, itemPath, names)) {
                lines.add(line(item, section, zone, itemPath));
            }
        }
    }

    private Line line(JsonNode item, String section, String zone, String path) {
        Map<String, String> values = new HashMap<>();
        values.put("section", section);
        values.put("zone", zone);
        for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getValue().isNull() && scalar(path + "." + field.getKey(), field.getValue())) {
                values.put(field.getKey(), field.getValue().asText());
            }
        }
        return new Line(0, values, path);
    }

    private boolean expectOnly(JsonNode item, String path, Set<String> names) {
        boolean ok = true;
        for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!names.contains(name)) {
                jsonError(path + "." + UploadFiles.shortened(name), "is not one of " + String.join(", ", new TreeSet<>(names)));
                ok = false;
            }
        }
        return ok;
    }

    private boolean scalar(String path, JsonNode value) {
        if (value.isTextual() || value.isNumber()) {
            return true;
        }
        jsonError(path, "must be a string or a number");
        return false;
    }

    /** Checks the lines and builds the card; null when a line has a mistake. */
    private RateCard card(List<Line> lines) {
        Map<String, String> settings = new HashMap<>();
        Map<String, Line> settingLines = new HashMap<>();
        Map<String, ZoneDraft> zones = new LinkedHashMap<>();
        List<Line> slabs = new ArrayList<>();
        List<Line> steps = new ArrayList<>();
        for (Line line : lines) {
            String section = line.get("section");
            if (section == null) {
                invalid(line, "section", "is required: setting, zone, slab or additional");
                continue;
            }
            section = section.toLowerCase(Locale.ROOT);
            if (section.equals("zone-name")) {
                zone(line, zones);
                continue;
            }
            Set<String> uses = USES.get(section);
            if (uses == null) {
                invalid(line, "section", "'" + UploadFiles.shortened(section) + "' is not setting, zone, slab or additional");
                continue;
            }
            for (String column : COLUMNS) {
                if (!column.equals("section") && !uses.contains(column) && line.get(column) != null) {
                    invalid(line, column, "is not used on a " + section + " line: leave it blank");
                }
            }
            switch (section) {
                case "setting" -> setting(line, settings, settingLines);
                case "zone" -> lane(line, zones);
                case "slab" -> slabs.add(line);
                default -> steps.add(line);
            }
        }
        String currency = settings.get("currency");
        if (currency == null) {
            missing("currency", "is a required setting (ISO 4217, e.g. INR)", lines);
        }
        if (settings.get("country") == null) {
            missing("country", "is a required setting (ISO 3166-1 alpha-2, e.g. IN)", lines);
        }
        int decimals = currency == null ? 2 : Codes.decimalsOf(currency).orElse(2);
        BigDecimal divisor = number(settingLines.get("volumetric_divisor"), "value", BigDecimal.ONE, new BigDecimal("1000000"), 2);
        BigDecimal fuel = number(settingLines.get("fuel_surcharge_percent"), "value", BigDecimal.ZERO, HUNDRED, 4);
        BigDecimal codFixed = money(settingLines.get("cod_fee_fixed"), "value", decimals);
        BigDecimal codPercent = number(settingLines.get("cod_fee_percent"), "value", BigDecimal.ZERO, HUNDRED, 4);
        BigDecimal codMinimum = money(settingLines.get("cod_fee_minimum"), "value", decimals);
        BigDecimal oda = money(settingLines.get("oda_surcharge"), "value", decimals);
        if (codFixed != null && settingLines.containsKey("cod_fee_percent")) {
            invalid(settingLines.get("cod_fee_percent"), "value", "a COD fee is fixed (cod_fee_fixed) or a percentage "
                    + "(cod_fee_percent, with cod_fee_minimum), not both");
        }
        if (settingLines.containsKey("cod_fee_minimum") && !settingLines.containsKey("cod_fee_percent")) {
            invalid(settingLines.get("cod_fee_minimum"), "value", "is the minimum of a percentage fee: give cod_fee_percent too");
        }
        for (Line slab : slabs) {
            ZoneDraft zone = known(slab, zones);
            BigDecimal from = number(slab, "from_kg", BigDecimal.ZERO, MAX_KG, 3);
            BigDecimal to = number(slab, "to_kg", BigDecimal.ZERO, MAX_KG, 3);
            BigDecimal price = money(slab, "price", decimals);
            required(slab, "from_kg", "to_kg", "price");
            if (from != null && to != null && to.compareTo(from) <= 0) {
                invalid(slab, "to_kg", "must be more than from_kg");
            } else if (zone != null && from != null && to != null && price != null) {
                zone.slabs.add(new Slabbed(slab, new RateCard.Slab(from, to, price)));
            }
        }
        for (Line step : steps) {
            ZoneDraft zone = known(step, zones);
            BigDecimal kg = number(step, "step_kg", BigDecimal.ZERO, MAX_KG, 3);
            BigDecimal price = money(step, "price", decimals);
            required(step, "step_kg", "price");
            if (kg != null && kg.signum() == 0) {
                invalid(step, "step_kg", "must be more than 0");
            } else if (zone != null && zone.additional != null) {
                invalid(step, "zone", "zone " + zone.name + " has its additional step on " + where(zone.additionalLine));
            } else if (zone != null && kg != null && price != null) {
                zone.additional = new RateCard.Step(kg, price);
                zone.additionalLine = step;
            }
        }
        if (zones.isEmpty()) {
            missing("zone", "the card has no zone: add zone lines (zone, origin, destination)", lines);
        }
        Map<String, Line> pairs = new HashMap<>();
        List<RateCard.Zone> built = new ArrayList<>();
        for (ZoneDraft zone : zones.values()) {
            for (Laned lane : zone.lanes) {
                String pair = lane.lane.origin().text() + " > " + lane.lane.destination().text();
                Line first = pairs.putIfAbsent(pair, lane.line);
                if (first != null) {
                    invalid(lane.line, "destination",
                            "origin " + lane.lane.origin().text() + " to destination " + lane.lane.destination().text() + " is already on " + where(first));
                }
            }
            if (zone.lanes.isEmpty()) {
                invalid(zone.first, zone.first.about("zone", "lanes"), "zone " + zone.name + " has no lanes (origin, destination)");
            }
            built.add(new RateCard.Zone(zone.name, zone.lanes.stream().map(l -> l.lane).toList(), slabs(zone), zone.additional));
        }
        if (!errors.isEmpty() || invalid.size() + jsonMistakes > 0) {
            return null;
        }
        RateCard.CodFee cod = codFixed == null && codPercent == null ? null : new RateCard.CodFee(codFixed, codPercent, codMinimum);
        return new RateCard(currency, settings.get("country"), settings.get("service_name"), divisor, fuel, cod, oda, built);
    }

    /** A zone's slabs in order of weight: the first from 0 kg, each from where the one before ends (no gap, no overlap). */
    private List<RateCard.Slab> slabs(ZoneDraft zone) {
        List<Slabbed> sorted = new ArrayList<>(zone.slabs);
        sorted.sort(Comparator.comparing((Slabbed s) -> s.slab.fromKg()).thenComparing(s -> s.slab.toKg()));
        if (sorted.isEmpty()) {
            invalid(zone.first, zone.first.about("zone", "slabs"), "zone " + zone.name
                    + " has no weight slabs (slab lines: zone, from_kg, to_kg, price)");
            return List.of();
        }
        Slabbed first = sorted.getFirst();
        if (first.slab.fromKg().signum() != 0) {
            invalid(first.line, "from_kg", "the first slab of zone " + zone.name + " starts at "
                    + first.slab.fromKg().toPlainString() + " kg: it must start at 0");
        }
        for (int i = 1; i < sorted.size(); i++) {
            Slabbed before = sorted.get(i - 1);
            Slabbed slab = sorted.get(i);
            int order = slab.slab.fromKg().compareTo(before.slab.toKg());
            if (order < 0) {
                invalid(slab.line, "from_kg", "overlaps the slab " + kg(before.slab) + " of zone " + zone.name + " on "
                        + where(before.line));
            } else if (order > 0) {
                invalid(slab.line, "from_kg", "leaves a gap from " + before.slab.toKg().toPlainString() + " kg after the slab "
                        + kg(before.slab) + " of zone " + zone.name + " on " + where(before.line));
            }
        }
        return sorted.stream().map(s -> s.slab).toList();
    }

    private static String kg(RateCard.Slab slab) {
        return slab.fromKg().toPlainString() + "-" + slab.toKg().toPlainString() + " kg";
    }

    private static final class ZoneDraft {
        final String name;
        final Line first;
        final List<Laned> lanes = new ArrayList<>();
        final List<Slabbed> slabs = new ArrayList<>();
        RateCard.Step additional;
        Line additionalLine;

        ZoneDraft(String name, Line first) {
            this.name = name;
            this.first = first;
        }
    }

    private record Laned(Line line, RateCard.Lane lane) {
    }

    private record Slabbed(Line line, RateCard.Slab slab) {
    }

    private void setting(Line line, Map<String, String> settings, Map<String, Line> settingLines) {
        String name = line.get("setting");
        String value = line.get("value");
        if (name == null) {
            invalid(line, "setting", "is required: one of " + String.join(", ", SETTINGS));
            return;
        }
        name = name.toLowerCase(Locale.ROOT);
        if (!SETTINGS.contains(name)) {
            invalid(line, "setting", "'" + UploadFiles.shortened(name) + "' is not one of " + String.join(", ", SETTINGS));
            return;
        }
        Line first = settingLines.putIfAbsent(name, line);
        if (first != null) {
            invalid(line, "setting", name + " is already set on " + where(first));
            return;
        }
        if (value == null) {
            invalid(line, "value", "is required");
            return;
        }
        switch (name) {
            case "currency" -> {
                String code = value.toUpperCase(Locale.ROOT);
                if (!Codes.isCurrency(code)) {
                    invalid(line, "value", "'" + UploadFiles.shortened(value) + "' is not an ISO 4217 currency code");
                } else {
                    settings.put(name, code);
                }
            }
            case "country" -> {
                String code = value.toUpperCase(Locale.ROOT);
                if (!Codes.isCountry(code)) {
                    invalid(line, "value", "'" + UploadFiles.shortened(value) + "' is not an ISO 3166-1 alpha-2 country code");
                } else {
                    settings.put(name, code);
                }
            }
            case "service_name" -> settings.put(name, value);
            default -> settings.put(name, value); // numbers are checked once the currency is known
        }
    }

    private void zone(Line line, Map<String, ZoneDraft> zones) {
        String name = line.get("zone");
        if (name == null || !name.matches("[A-Za-z0-9 _.-]{1,40}")) {
            invalid(line, "zone", name == null ? "is required: the zone's name" : "'" + UploadFiles.shortened(name)
                    + "' is not a zone name (1 to 40 letters, digits, space, _ . -)");
            return;
        }
        if (zones.containsKey(name)) {
            invalid(line, "zone", "zone " + name + " is already named at " + zones.get(name).first.path);
            return;
        }
        zones.put(name, new ZoneDraft(name, line));
    }

    private void lane(Line line, Map<String, ZoneDraft> zones) {
        String name = line.get("zone");
        if (line.path == null) {
            if (name == null || !name.matches("[A-Za-z0-9 _.-]{1,40}")) {
                invalid(line, "zone", name == null ? "is required: the zone's name" : "'" + UploadFiles.shortened(name)
                        + "' is not a zone name (1 to 40 letters, digits, space, _ . -)");
                return;
            }
            zones.putIfAbsent(name, new ZoneDraft(name, line));
        }
        RateCard.PostalGroup origin = group(line, "origin");
        RateCard.PostalGroup destination = group(line, "destination");
        ZoneDraft zone = zones.get(name);
        if (zone != null && origin != null && destination != null) {
            zone.lanes.add(new Laned(line, new RateCard.Lane(origin, destination)));
        }
    }

    private RateCard.PostalGroup group(Line line, String column) {
        String value = line.get(column);
        if (value == null) {
            invalid(line, column, "is required: * (any), a prefix (11) or a range (110001-110099)");
            return null;
        }
        RateCard.PostalGroup group = RateCard.PostalGroup.parse(value);
        if (group == null) {
            invalid(line, column, "'" + UploadFiles.shortened(value) + "' is not * (any), a prefix of letters and digits "
                    + "(11) or a range of codes of one length (110001-110099)");
        }
        return group;
    }

    private ZoneDraft known(Line line, Map<String, ZoneDraft> zones) {
        String name = line.get("zone");
        if (name == null) {
            invalid(line, "zone", "is required: the zone it prices");
            return null;
        }
        ZoneDraft zone = zones.get(name);
        if (zone == null) {
            invalid(line, "zone", "'" + UploadFiles.shortened(name) + "' is not a zone of the card (zone lines name them)");
        }
        return zone;
    }

    private void required(Line line, String... columns) {
        for (String column : columns) {
            if (line.get(column) == null) {
                invalid(line, column, "is required");
            }
        }
    }

    /** A decimal in [min, max] with at most {@code scale} decimals, or null (and a mistake unless absent). */
    private BigDecimal number(Line line, String column, BigDecimal min, BigDecimal max, int scale) {
        String value = line == null ? null : line.get(column);
        if (value == null) {
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            invalid(line, column, "'" + UploadFiles.shortened(value) + "' is not a decimal number");
            return null;
        }
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            invalid(line, column, "must be between " + min.toPlainString() + " and " + max.toPlainString());
            return null;
        }
        if (Math.max(0, number.stripTrailingZeros().scale()) > scale) {
            invalid(line, column, "has more than " + scale + " decimals");
            return null;
        }
        return number.stripTrailingZeros();
    }

    /** An amount of the card's currency: not negative, at most its decimals. */
    private BigDecimal money(Line line, String column, int decimals) {
        String value = line == null ? null : line.get(column);
        if (value == null) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(value);
        } catch (NumberFormatException e) {
            invalid(line, column, "'" + UploadFiles.shortened(value) + "' is not a decimal amount");
            return null;
        }
        if (amount.signum() < 0) {
            invalid(line, column, "must not be negative");
            return null;
        }
        if (amount.compareTo(MAX_PRICE) > 0) {
            invalid(line, column, "must be at most " + MAX_PRICE.toPlainString());
            return null;
        }
        if (Math.max(0, amount.stripTrailingZeros().scale()) > decimals) {
            invalid(line, column, "has more decimals than the card's currency has (" + decimals + ")");
            return null;
        }
        return amount.setScale(decimals, java.math.RoundingMode.UNNECESSARY);
    }

    private void missing(String field, String message, List<Line> lines) {
        boolean json = !lines.isEmpty() && lines.getFirst().path != null;
        if (json) {
            jsonError(field.equals("zone") ? "zones" : field, message);
        } else {
            error(1, field.equals("zone") ? "file" : "setting", field.equals("zone") ? message : field + " " + message);
            invalid.add(1L);
        }
    }

    private static String where(Line line) {
        return line.path == null ? "row " + line.row : line.path;
    }

    private void invalid(Line line, String field, String message) {
        if (line.path != null) {
            jsonError(line.field(field), message);
        } else {
            invalid(line.row, field, message);
        }
    }

    private void invalid(long row, String field, String message) {
        invalid.add(row);
        error(row, field, message);
    }

    private void jsonError(String path, String message) {
        jsonMistakes++;
        error(0, path, message);
    }

    private void error(long row, String field, String message) {
        // keep more than listed: the list is sorted by row before it is cut
        if (errors.size() < maxErrors * 4L) {
            errors.add(new RowError(row, field, message));
        }
    }
}
