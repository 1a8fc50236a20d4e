package org.stance4j.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** {@code predict --output-format jsonl}: one object a row, the input's columns as strings, the probabilities as numbers. */
final class JsonlSink implements RowSink {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final JsonGenerator json;
    private final List<String> header;
    private final List<String> added;

    JsonlSink(OutputStream out, List<String> header, List<String> added) throws IOException {
        this.json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
        this.json.setRootValueSeparator(null);
        this.header = header;
        this.added = added;
    }

    @Override
    public void write(List<String> values, Prediction p) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < header.size(); i++) {
            json.writeStringField(header.get(i), i < values.size() ? values.get(i) : "");
        }
        json.writeStringField(added.get(0), p.stance().label());
        json.writeNumberField(added.get(1), RowSink.round(p.probability(Stance.SUPPORTIVE)));
        json.writeNumberField(added.get(2), RowSink.round(p.probability(Stance.CONDEMNING)));
        json.writeNumberField(added.get(3), RowSink.round(p.probability(Stance.NEUTRAL)));
        json.writeEndObject();
        json.writeRaw('\n');
    }

    @Override
    public void finish() throws IOException {
        json.flush();
    }
}

