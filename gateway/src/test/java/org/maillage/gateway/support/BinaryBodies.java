package org.maillage.gateway.support;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;

/** RestAssured settings for bodies that are bytes, not text. */
public final class BinaryBodies {

    /** Sends the media type as given: RestAssured would otherwise label it ISO-8859-1, a charset that is refused. */
    public static final RestAssuredConfig WITHOUT_CHARSET = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private BinaryBodies() {
    }
}
