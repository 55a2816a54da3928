package com.forecourt.readmodel.catalogue;

import com.forecourt.readmodel.ReadModel;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The read models the features declare: every Spring bean whose class carries {@link ReadModel}, read from the
 * annotations without creating the beans. This is the only place the runtime learns what read models exist.
 */
@Component
public class ReadModelDeclarations {

    private final ListableBeanFactory beans;
    private volatile List<Declaration> declared;

    ReadModelDeclarations(ListableBeanFactory beans) {
        this.beans = beans;
    }

    /** One declaration and the projector class that carries it. */
    public record Declaration(Class<?> projector, ReadModel readModel) {

        /** The projection's name, its processing group. */
        public String name() {
            return readModel.processingGroup();
        }
    }

    /** Every declaration, ordered by projection name. */
    public List<Declaration> all() {
        List<Declaration> known = declared;
        if (known == null) {
            known = Arrays.stream(beans.getBeanNamesForAnnotation(ReadModel.class))
                    .map(beans::getType)
                    .filter(Objects::nonNull)
                    .distinct()
                    .flatMap(type -> of(type).map(readModel -> new Declaration(type, readModel)).stream())
                    .sorted(Comparator.comparing(Declaration::name).thenComparing(d -> d.projector().getName()))
                    .toList();
            declared = known;
        }
        return known;
    }

    /** The names of the declared projections. */
    public List<String> names() {
        return all().stream().map(Declaration::name).distinct().toList();
    }

    /** The declaration on a projector class (or a class it extends), if it has one. */
    public static Optional<ReadModel> of(Class<?> projector) {
        return Optional.ofNullable(AnnotatedElementUtils.findMergedAnnotation(projector, ReadModel.class));
    }
}
