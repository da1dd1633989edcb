/**
 * The universal shipping model: the values every carrier adapter reads and writes. Units and
 * currencies are explicit in the types; adapters convert at the edge. The model is plain Java:
 * the gateway's own request records say what a well-formed request is and validate it before
 * any of these values is built, so adapters receive checked values (ISO codes as
 * {@link io.shipgate.carrier.model.Codes} knows them, text following
 * {@link io.shipgate.carrier.model.PrintableText}). The REST API's shapes are the gateway's, not these.
 */
package io.shipgate.carrier.model;
