package org.trackone.csbm;

/** The rows of the United Nations military-expenditure matrix. */
public enum ExpenditureCategory {
    PERSONNEL, OPERATIONS_AND_MAINTENANCE, PROCUREMENT_AND_CONSTRUCTION, RESEARCH_AND_DEVELOPMENT
}
