package org.trackone.dialogue.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import org.springframework.stereotype.Component;
import org.trackone.dialogue.Meeting;

/**
 * Meetings as an iCalendar file (RFC 5545), written by biweekly: one all-day event per
 * meeting, with a stable UID and the meeting's version as its SEQUENCE, so a calendar
 * that imported it before updates the event rather than adding a second one.
 */
@Component
public class MeetingCalendar {

    public static final String MEDIA_TYPE = "text/calendar";

    public String ics(List<Meeting> meetings, String calendarName) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//trackone//dialogue//EN");
        calendar.setName(calendarName);
        for (Meeting meeting : meetings) {
            VEvent event = new VEvent();
            event.setUid("meeting-" + meeting.id() + "@trackone");
            event.setSequence(meeting.version() - 1);
            event.setSummary(meeting.title());
            event.setLocation(meeting.venue());
            event.setDateStart(new DateStart(day(meeting.startsOn()), false));
            // DTEND of an all-day event is the day after the last one (RFC 5545, 3.6.1).
            event.setDateEnd(new DateEnd(day(meeting.endsOn().plusDays(1)), false));
            if (!meeting.description().isEmpty()) {
                event.setDescription(meeting.description());
            }
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    private static Date day(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
