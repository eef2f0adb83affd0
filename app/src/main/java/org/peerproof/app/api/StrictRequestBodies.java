package org.peerproof.app.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every JSON body of the API is at most {@value #LIMIT_BYTES} bytes (413 beyond) and valid UTF-8 (400 otherwise).
 * Jackson's byte decoder accepted overlong sequences such as {@code C0 AF} and read them as {@code /}, so the bytes
 * are checked with a reporting decoder before Jackson sees them (issue 14, finding 4; docs/reliability.md).
 */
@ControllerAdvice(annotations = RestController.class)
class StrictRequestBodies extends RequestBodyAdviceAdapter {

    /** Far above the largest legitimate body (a profile with a 2,000-character bio and ten outcomes). */
    static final int LIMIT_BYTES = 256 * 1024;

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        if (input.getHeaders().getContentLength() > LIMIT_BYTES) {
            throw tooLarge();
        }
        byte[] body;
        try (var stream = input.getBody()) {
            body = stream.readNBytes(LIMIT_BYTES + 1);
        }
        if (body.length > LIMIT_BYTES) {
            throw tooLarge();
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException malformed) {
            throw new HttpMessageNotReadableException("Request body is not valid UTF-8", malformed, input);
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    private static ErrorResponseException tooLarge() {
        return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE);
    }
}
