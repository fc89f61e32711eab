package org.annalist.temporal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TimeML gold (TimeBank, AQUAINT, French TimeBank, TempEval-3): the text of {@code <TEXT>} with every tag
 * removed, its {@code <TIMEX3>} elements as spans of that text, and the document creation time from the TIMEX3 whose
 * {@code functionInDocument} is {@code CREATION_TIME}. Only {@code <TEXT>} is scored, as in TempEval-3.
 */
public final class TimeMlReader {

    private TimeMlReader() {
    }

    /** The documents of a {@code .tml} file, or of every {@code .tml} file under a folder, in name order. */
    public static List<GoldDocument> read(Path fileOrFolder) throws IOException {
        if (!Files.isDirectory(fileOrFolder)) {
            return List.of(readFile(fileOrFolder));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(fileOrFolder)) {
            files = walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tml"))
                    .sorted().toList();
        }
        List<GoldDocument> documents = new ArrayList<>();
        for (Path file : files) {
            documents.add(readFile(file));
        }
        return documents;
    }

    static GoldDocument readFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file.getFileName().toString(), in);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(file + ": not well-formed TimeML: " + e.getMessage(), e);
        }
    }

    static GoldDocument parse(String name, InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        StringBuilder text = new StringBuilder();
        List<GoldDocument.GoldTimex> timexes = new ArrayList<>();
        LocalDate dct = null;
        String language = null;
        boolean inText = false;
        int timexBegin = -1;
        String[] timexAttributes = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = xml.getLocalName();
                if (element.equals("TimeML") && xml.getAttributeValue(null, "xml:lang") != null) {
                    language = xml.getAttributeValue(null, "xml:lang");
                } else if (element.equals("TEXT")) {
                    inText = true;
                } else if (element.equals("TIMEX3")) {
                    String value = xml.getAttributeValue(null, "value");
                    if ("CREATION_TIME".equals(xml.getAttributeValue(null, "functionInDocument")) && dct == null
                            && value != null && value.length() >= 10) {
                        dct = LocalDate.parse(value.substring(0, 10));
                    } else if (inText) {
                        timexBegin = text.length();
                        timexAttributes = new String[] {xml.getAttributeValue(null, "type"), value,
                                xml.getAttributeValue(null, "mod")};
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String element = xml.getLocalName();
                if (element.equals("TEXT")) {
                    inText = false;
                } else if (element.equals("TIMEX3") && timexAttributes != null) {
                    timexes.add(timex(name, timexBegin, text.length(), timexAttributes));
                    timexAttributes = null;
                }
            } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                text.append(xml.getText());
            }
        }
        if (dct == null) {
            throw new IllegalArgumentException(name + ": no TIMEX3 with functionInDocument=\"CREATION_TIME\"");
        }
        return new GoldDocument(name, text.toString(), dct, language, List.copyOf(timexes));
    }

    private static GoldDocument.GoldTimex timex(String name, int begin, int end, String[] attributes) {
        TimexType type;
        try {
            type = TimexType.valueOf(attributes[0]);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(name + ": TIMEX3 of unknown type " + attributes[0], e);
        }
        TimexMod mod = null;
        if (attributes[2] != null && !attributes[2].isBlank()) {
            try {
                mod = TimexMod.valueOf(attributes[2].strip());
            } catch (IllegalArgumentException unknown) {
                mod = null; // EQUAL_OR_LESS and the like: not scored, TempEval-3 scores type and value only
            }
        }
        return new GoldDocument.GoldTimex(begin, end, type, attributes[1] == null ? "" : attributes[1], mod);
    }
}
