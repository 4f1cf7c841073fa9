package org.trackone.framework.internal.api;

import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.trackone.framework.HistoricalDate;

/**
 * How the framework's value types appear in the OpenAPI description: a historical
 * date is a string of one of three forms, not an object.
 */
@Configuration(proxyBeanMethods = false)
class ApiSchemas {

    ApiSchemas() {
        SpringDocUtils.getConfig().replaceWithSchema(HistoricalDate.class, new StringSchema()
                .pattern("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")
                .description("A date as precise as the record gives it: YYYY, YYYY-MM or YYYY-MM-DD.")
                .example("1994-03"));
    }
}
