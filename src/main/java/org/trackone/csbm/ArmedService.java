package org.trackone.csbm;

/** The columns of the United Nations military-expenditure matrix: expenditure by force. */
public enum ArmedService {
    LAND, NAVAL, AIR, OTHER
}
