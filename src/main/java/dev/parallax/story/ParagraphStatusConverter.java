package dev.parallax.story;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link ParagraphStatus} as the lower-case word the API uses. */
@Converter(autoApply = true)
public class ParagraphStatusConverter implements AttributeConverter<ParagraphStatus, String> {

    @Override
    public String convertToDatabaseColumn(ParagraphStatus status) {
        return status == null ? null : status.label();
    }

    @Override
    public ParagraphStatus convertToEntityAttribute(String value) {
        return value == null ? null : ParagraphStatus.parse(value);
    }
}
