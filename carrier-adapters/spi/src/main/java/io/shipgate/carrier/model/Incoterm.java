package io.shipgate.carrier.model;

/** Incoterms 2020 (plus DDU, which carriers still use for "duties unpaid"). */
public enum Incoterm {
    EXW, FCA, CPT, CIP, DAP, DPU, DDP, DDU
}
