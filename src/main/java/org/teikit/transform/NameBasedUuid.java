package org.teikit.transform;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import net.sf.saxon.s9api.ExtensionFunction;
import net.sf.saxon.s9api.ItemType;
import net.sf.saxon.s9api.OccurrenceIndicator;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SequenceType;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmValue;

/**
 * The stylesheet function {@code tkx:name-uuid($name as xs:string) as xs:string}
 * ({@code xmlns:tkx="urn:teikit:extension"}): the name-based UUID (RFC 4122 version 3) of a string,
 * for identifiers that must stay the same each time a file is made (a CMIF bibl's xml:id). XSLT
 * has no digest function of its own. Stateless and thread-safe.
 */
public final class NameBasedUuid implements ExtensionFunction {
    public static final String NAMESPACE = "urn:teikit:extension";

    @Override
    public QName getName() {
        return new QName(NAMESPACE, "name-uuid");
    }

    @Override
    public SequenceType getResultType() {
        return SequenceType.makeSequenceType(ItemType.STRING, OccurrenceIndicator.ONE);
    }

    @Override
    public SequenceType[] getArgumentTypes() {
        return new SequenceType[] {SequenceType.makeSequenceType(ItemType.STRING, OccurrenceIndicator.ONE)};
    }

    @Override
    public XdmValue call(XdmValue[] arguments) {
        String name = arguments[0].itemAt(0).getStringValue();
        return new XdmAtomicValue(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    }
}
