package io.shipgate.carrier.delhivery;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.shipgate.carrier.http.CarrierHttpResponse;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The answer of the edit API ({@code POST /api/p/edit}), which cancellations and NDR edits share:
 * {@code status} (a boolean, or its text {@code "True"}), {@code waybill}, {@code order_id}, and the
 * reason in {@code remark} or {@code error}. Delhivery answers it in JSON, or, on some deployments
 * and whatever the {@code Accept} header asked, in XML with the same names under a {@code <root>}
 * element ({@code <root><status>True</status>...<remark>Shipment has been cancelled.</remark></root>}).
 * Both are read: by the content type, else by the body's first character.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DelhiveryEditAnswer(String status, String waybill, @JsonProperty("order_id") String orderId, JsonNode remark,
                                  JsonNode error) {

    /** Whether Delhivery did what was asked. */
    public boolean done() {
        return DelhiveryUnits.yes(status);
    }

    /** Delhivery's reason: the remark, else the error text. */
    public String reason() {
        return DelhiveryErrors.reason(remark, error).orElse(null);
    }

    public static DelhiveryEditAnswer read(String operation, CarrierHttpResponse response) {
        return isXml(response) ? xml(operation, response.body()) : DelhiveryErrors.read(response.body(), DelhiveryEditAnswer.class);
    }

    private static boolean isXml(CarrierHttpResponse response) {
        String type = response.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (type.contains("xml")) {
            return true;
        }
        for (byte b : response.body()) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '<';
            }
        }
        return false;
    }

    /** The root element's children by name; doctypes (and so external entities) are refused. */
    private static DelhiveryEditAnswer xml(String operation, byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body)).getDocumentElement();
            Map<String, String> fields = new HashMap<>();
            for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() == Node.ELEMENT_NODE) {
                    String name = child.getLocalName() != null ? child.getLocalName() : child.getNodeName();
                    fields.putIfAbsent(name.toLowerCase(Locale.ROOT), child.getTextContent().strip());
                }
            }
            return new DelhiveryEditAnswer(fields.get("status"), fields.get("waybill"), fields.get("order_id"),
                    text(fields.get("remark")), text(fields.get("error")));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw DelhiveryErrors.unreadable(operation, e);
        }
    }

    private static JsonNode text(String value) {
        return value == null || value.isEmpty() ? null : JsonNodeFactory.instance.textNode(value);
    }
}
