package org.reachable.platform.validation;

import java.util.List;

/** Input that broke one or more rules. Nothing has been written when this is thrown. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.size() + " problem(s) with the input: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
