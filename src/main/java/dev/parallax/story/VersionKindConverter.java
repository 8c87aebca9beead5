package dev.parallax.story;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link VersionKind} as the lower-case word the files and the API use. */
@Converter(autoApply = true)
public class VersionKindConverter implements AttributeConverter<VersionKind, String> {

    @Override
    public String convertToDatabaseColumn(VersionKind kind) {
        return kind == null ? null : kind.label();
    }

    @Override
    public VersionKind convertToEntityAttribute(String value) {
        return value == null ? null : VersionKind.parse(value);
    }
}
