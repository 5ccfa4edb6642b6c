package org.tema.io.refi;

import java.io.ByteArrayInputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

/** Validates REFI-QDA files against the official schemas, bundled under {@code src/main/resources/refi}. */
public final class RefiSchemas {
    private RefiSchemas() {
    }

    public static void validateProject(byte[] xml) throws Exception {
        validate("Project-mrt2019.xsd", xml);
    }

    public static void validateCodebook(byte[] xml) throws Exception {
        validate("Codebook-mrt2019.xsd", xml);
    }

    private static void validate(String schemaName, byte[] xml) throws Exception {
        URL url = RefiSchemas.class.getResource("/refi/" + schemaName);
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Schema schema = f.newSchema(url);
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }
}
