package org.trackone.framework.internal.web;

import java.beans.PropertyEditorSupport;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.trackone.framework.HistoricalDate;
import org.trackone.RuleViolation;
import org.trackone.framework.ParticipantCode;
import org.trackone.web.FormErrors;

/**
 * How form and filter fields are read: text is trimmed and a blank field means none;
 * a date is "YYYY", "YYYY-MM" or "YYYY-MM-DD"; a participant code must have the shape
 * of a code. A value that cannot be read becomes a type mismatch, which a form shows
 * next to its field and a filter answers with 400.
 */
final class FormBinding {

    private FormBinding() {
    }

    static void textAndDates(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        binder.registerCustomEditor(HistoricalDate.class, new HistoricalDateEditor());
    }

    static void participantCodes(WebDataBinder binder) {
        binder.registerCustomEditor(ParticipantCode.class, new ParticipantCodeEditor());
    }

    /**
     * Checks every constraint of a form when some field could not even be read. Spring
     * skips bean validation once a constructor argument fails to convert (a date typed
     * "1993-13"), which would hide the other fields' errors until the next attempt; this
     * adds them, leaving the fields that already have an error alone.
     *
     * @param target the form as constructed (the binding result does not hold it in that case)
     */
    static void validateAll(@Nullable Object target, BindingResult form, jakarta.validation.Validator validator) {
        if (target == null || !form.hasErrors()
                || form.getFieldErrors().stream().anyMatch(error -> !error.isBindingFailure())) {
            return;
        }
        BeanPropertyBindingResult all = new BeanPropertyBindingResult(target, form.getObjectName());
        new SpringValidatorAdapter(validator).validate(target, all);
        for (FieldError error : all.getFieldErrors()) {
            if (!form.hasFieldErrors(error.getField())) {
                form.addError(error);
            }
        }
    }

    /**
     * Refuses the code "new" for a new participant, body or format: its page would be
     * {@code /bodies/new}, which is the form that creates one.
     */
    static void refuseReservedCode(@Nullable String code, BindingResult form) {
        if (RESERVED_CODE.equals(code) && !form.hasFieldErrors("code")) {
            form.addError(new FieldError(form.getObjectName(), "code", code, false,
                    form.resolveMessageCodes("form.code.reserved", "code"), null, null));
        }
    }

    static final String RESERVED_CODE = "new";

    /**
     * Puts a broken domain rule next to its field, with the values it names (an action,
     * a status, a date) in the reader's language: {@code MembershipAction.JOIN} is looked up
     * as {@code membershipAction.JOIN}, a date is written as on the pages.
     */
    static void reject(BindingResult form, RuleViolation violation) {
        Object[] arguments = Arrays.stream(violation.arguments()).map(FormBinding::label).toArray();
        FormErrors.reject(form, new RuleViolation(violation.field(), violation.messageCode(), arguments));
    }

    private static Object label(Object argument) {
        if (argument instanceof HistoricalDate date) {
            return date.display(LocaleContextHolder.getLocale());
        }
        if (argument instanceof Enum<?> value) {
            String type = value.getDeclaringClass().getSimpleName();
            String key = Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
            return new DefaultMessageSourceResolvable(new String[] {key}, value.name());
        }
        return argument;
    }

    private static final class HistoricalDateEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(text == null || text.isBlank() ? null : HistoricalDate.parse(text));
        }

        @Override
        public String getAsText() {
            return getValue() instanceof HistoricalDate date ? date.toString() : "";
        }
    }

    private static final class ParticipantCodeEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
            } else if (ParticipantCode.PATTERN.matcher(text.strip()).matches()) {
                setValue(new ParticipantCode(text.strip()));
            } else {
                throw new IllegalArgumentException("not a participant code");
            }
        }

        @Override
        public String getAsText() {
            return getValue() instanceof ParticipantCode code ? code.value() : "";
        }
    }
}
