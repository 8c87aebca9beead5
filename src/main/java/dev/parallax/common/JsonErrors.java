package dev.parallax.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.stream.Collectors;

/** Says in our words what is wrong with a JSON body: where, and which field; never Jackson's own message. */
public final class JsonErrors {

    private JsonErrors() {
    }

    public static String describe(JsonProcessingException e) {
        String where = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException mapping)) {
            return "The body is not valid JSON" + where + ".";
        }
        String field = mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + (field.isEmpty() ? unknown.getPropertyName() : field) + "'" + where + ".";
        }
        if (field.isEmpty()) {
            return "The body does not have the expected shape" + where + ".";
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            return "The field '" + field + "' has a value of the wrong type" + where + ".";
        }
        return "The field '" + field + "' could not be read" + where + ".";
    }
}
