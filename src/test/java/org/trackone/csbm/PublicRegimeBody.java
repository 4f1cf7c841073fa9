package org.trackone.csbm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.trackone.framework.BodyDetails;
import org.trackone.framework.BodyKind;
import org.trackone.framework.BodyStatus;
import org.trackone.framework.DecisionRule;
import org.trackone.framework.FrameworkAdministration;
import org.trackone.framework.HistoricalDate;
import org.trackone.framework.Mandate;
import org.trackone.framework.MembershipAction;
import org.trackone.framework.MembershipChangeRequest;
import org.trackone.framework.RecordRule;
import org.trackone.framework.Track;

/**
 * A body whose record rule is PUBLIC, under the full regime, with South Korea and Japan
 * taking part and one submission of each kind from South Korea: a prior notification, an
 * annual exchange, an annual calendar; and a draft exchange that stays South Korea's.
 * Made once in the application the tests share.
 *
 * @param notificationId the submitted notification
 * @param year the year of the submitted exchange and calendar, and of the draft
 */
public record PublicRegimeBody(String code, long notificationId, int year) {

    public static final String CODE = "CSBM-PUBLIC";
    public static final String STATE = "KOR";
    private static PublicRegimeBody made;

    public static synchronized PublicRegimeBody in(ApplicationContext context) {
        if (made != null) {
            return made;
        }
        FrameworkAdministration administration = context.getBean(FrameworkAdministration.class);
        administration.createBody(new BodyDetails(CODE, "Public regime of confidence-building measures",
                BodyKind.FORUM, null, Track.ONE, Mandate.REGIONAL, DecisionRule.CONSENSUS, RecordRule.PUBLIC,
                BodyStatus.ACTIVE, null, null, null, "Made by the tests of public records."), "secretariat");
        for (String state : List.of(STATE, "JPN")) {
            administration.changeMembership(CODE, new MembershipChangeRequest(state, MembershipAction.JOIN,
                    HistoricalDate.parse("2020"), null), "secretariat");
        }
        RuleSet full = RegimeDemonstration.read("csbm/regime-vienna-document-2011.yaml").rules();
        context.getBean(Regimes.class).adopt(CODE, full, LocalDate.of(2020, 1, 1), LocalDate.of(2019, 12, 31),
                Instant.now(), "secretariat");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int year = today.getYear() + 1;
        long notification = context.getBean(PriorNotifications.class).submit(CODE, new NotificationRequest(STATE,
                ActivityType.EXERCISE, today.plusDays(60), today.plusDays(65),
                List.of(new NotificationRequest.Coordinates(37.5, 127.0)), Map.of(Force.TROOPS, 14_000), List.of(),
                "A public exercise."), "kor-defence", null).notification().id();
        MilitaryInformation information = new MilitaryInformation(new MilitaryExpenditure(BudgetForm.NIL, null,
                null, null), List.of(), new DefencePlanning("A public defence policy.", List.of()));
        AnnualExchanges exchanges = context.getBean(AnnualExchanges.class);
        exchanges.submit(CODE, STATE, year, information, null, "kor-defence");
        exchanges.saveDraft(CODE, STATE, year - 1, new MilitaryInformation(new MilitaryExpenditure(BudgetForm.NIL,
                null, null, null), List.of(), new DefencePlanning("A draft nobody else reads.", List.of())),
                "kor-defence");
        context.getBean(AnnualCalendars.class).submit(CODE, STATE, year, List.of(new CalendarEntry(
                ActivityType.EXERCISE, LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 5), 14_000)), null,
                "kor-defence");
        made = new PublicRegimeBody(CODE, notification, year);
        return made;
    }
}
