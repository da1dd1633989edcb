package io.shipgate.carrier.fedex.shipment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.shipgate.carrier.fedex.FedExClient;
import io.shipgate.carrier.fedex.FedExErrors;
import io.shipgate.carrier.fedex.FedExValues;
import io.shipgate.carrier.model.TradeDocument;
import io.shipgate.carrier.spi.CarrierJson;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * {@code POST /documents/v1/etds/upload} (FedEx Trade Documents Upload API): one merchant document
 * as {@code multipart/form-data} with a {@code document} part (FedEx's JSON: the
 * {@code ETDPreshipment} workflow, FedEx Express, the file's name and type, the document type and
 * the lane's countries) and an {@code attachment} part (the file); the answer's
 * {@code output.meta.docId} is what the shipment references.
 */
public final class FedExEtdMapper {

    static final String WORKFLOW = "ETDPreshipment";
    static final String CARRIER_CODE = "FDXE";

    private FedExEtdMapper() {
    }

    /** The {@code document} part: what FedEx is told about the file. */
    public record DocumentPart(String workflowName, String carrierCode, String name, String contentType, Meta meta) {
    }

    public record Meta(String shipDocumentType, String originCountryCode, String destinationCountryCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Response(Output output) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Output(AnswerMeta meta) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AnswerMeta(String docId) {
    }

    public static DocumentPart document(TradeDocument document, String originCountry, String destinationCountry) {
        return new DocumentPart(WORKFLOW, CARRIER_CODE, document.fileName(), document.contentType(),
                new Meta(shipDocumentType(document.type()), originCountry, destinationCountry));
    }

    /** The upload request's body: the {@code document} part and the {@code attachment} part. */
    public static FedExClient.Body request(TradeDocument document, String originCountry, String destinationCountry) {
        String boundary = "shipgate-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "form-data; name=\"document\"", "application/json",
                CarrierJson.write(document(document, originCountry, destinationCountry)));
        part(body, boundary, "form-data; name=\"attachment\"; filename=\"" + document.fileName().replace("\"", "") + "\"",
                document.contentType(), document.content());
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return new FedExClient.Body("multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String disposition, String contentType, byte[] content) {
        String head = "--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\nContent-Type: " + contentType + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** The uploaded document as the shipment references it. */
    public static EtdDocument parse(byte[] body, TradeDocument document) {
        Output output = FedExErrors.read(body, Response.class).output();
        String id = output == null || output.meta() == null ? null : FedExValues.text(output.meta().docId());
        if (id == null) {
            throw FedExErrors.unexpected("NO_DOCUMENT_ID",
                    "FedEx accepted the trade document " + document.fileName() + " but returned no document id");
        }
        return new EtdDocument(document.type(), document.fileName(), id);
    }

    /** FedEx's {@code shipDocumentType} (and {@code documentType} of the shipment's reference) for a universal document type. */
    public static String shipDocumentType(TradeDocument.Type type) {
        return switch (type) {
            case COMMERCIAL_INVOICE -> "COMMERCIAL_INVOICE";
            case PRO_FORMA_INVOICE -> "PRO_FORMA_INVOICE";
            case CERTIFICATE_OF_ORIGIN -> "CERTIFICATE_OF_ORIGIN";
            case USMCA_CERTIFICATION -> "USMCA_CERTIFICATION_OF_ORIGIN";
            case PACKING_LIST, OTHER -> "OTHER";
        };
    }
}
