package org.annalist.reading;

/** An input that cannot become a document; the message is the one-line reason shown to the user. */
public class RejectedInputException extends Exception {

    public RejectedInputException(String reason) {
        super(reason);
    }
}
