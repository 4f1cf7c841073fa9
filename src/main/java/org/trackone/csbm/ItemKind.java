package org.trackone.csbm;

/** The items delivered to an addressee state's inbox beside prior notifications, each acknowledged there. */
public enum ItemKind {
    HAZARDOUS_INCIDENT, HOTLINE_MESSAGE, ANNUAL_EXCHANGE, ANNUAL_CALENDAR, RISK_REDUCTION_REQUEST
}
