package org.teikit.convert;

import java.util.Map;

/**
 * Settings of a conversion. {@code metadata} holds header values the text does not give
 * (publisher, edition, licence, ...); keys are listed in the README.
 */
public record ConvertOptions(ConversionProfile profile, Flavor flavor, Map<String, String> metadata) {
    public ConvertOptions {
        metadata = Map.copyOf(metadata);
    }

    public static ConvertOptions defaults() {
        return new ConvertOptions(ConversionProfile.FRUS, Flavor.TEI, Map.of());
    }

    public ConvertOptions withMetadata(Map<String, String> values) {
        return new ConvertOptions(profile, flavor, values);
    }
}
