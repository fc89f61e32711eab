package org.annalist.temporal;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a tagged text as TimeML ({@code <TIMEX3 tid type value>} inline in {@code <TEXT>}, the DCT in {@code <DCT>}),
 * the format of TempEval-3 and French TimeBank, so standard scorers can read it. Uses the JDK's StAX writer.
 */
public final class TimeMl {

    private TimeMl() {
    }

    /** The text with its expressions as TimeML annotates them in {@code language} (see {@link TimeMlView}). */
    public static String write(String text, LocalDate dct, List<Timex> timexes, String language) {
        List<TimeMlTimex> annotated = TimeMlView.of(timexes, text, language);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("TimeML");
            xml.writeCharacters("\n");
            xml.writeStartElement("DCT");
            xml.writeStartElement("TIMEX3");
            xml.writeAttribute("tid", "t0");
            xml.writeAttribute("type", "DATE");
            xml.writeAttribute("value", dct.toString());
            xml.writeAttribute("temporalFunction", "false");
            xml.writeAttribute("functionInDocument", "CREATION_TIME");
            xml.writeCharacters(dct.toString());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeStartElement("TEXT");
            int at = 0;
            int tid = 1;
            for (TimeMlTimex timex : annotated) {
                xml.writeCharacters(text.substring(at, timex.begin()));
                xml.writeStartElement("TIMEX3");
                xml.writeAttribute("tid", "t" + tid++);
                xml.writeAttribute("type", timex.type().name());
                xml.writeAttribute("value", timex.value());
                if (timex.mod() != null) {
                    xml.writeAttribute("mod", timex.mod().name());
                }
                if (timex.anchor() != null) {
                    xml.writeAttribute("temporalFunction", "true");
                    xml.writeAttribute("anchorTimeID", timex.anchor().kind() == Anchor.Kind.DCT ? "t0"
                            : "t" + (1 + anchorIndex(annotated, timex)));
                }
                xml.writeCharacters(timex.text());
                xml.writeEndElement();
                at = timex.end();
            }
            xml.writeCharacters(text.substring(at));
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write TimeML", e);
        }
        return out + "\n";
    }

    /** The TIMEX3 an expression was resolved against: the first at or after the start of its anchor's span. */
    private static int anchorIndex(List<TimeMlTimex> annotated, TimeMlTimex timex) {
        for (int i = 0; i < annotated.size(); i++) {
            if (annotated.get(i).begin() >= timex.anchor().begin()) {
                return i;
            }
        }
        return annotated.indexOf(timex);
    }
}
