package org.tclifecycle.web;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.tclifecycle.i18n.Languages;
import org.tclifecycle.input.FormLabels;
import org.tclifecycle.input.LabelledByForm;

/**
 * The labels of a refused REST body's fields, when the body is a form's ({@link LabelledByForm}): the field is
 * named as the form names it, in the caller's language.
 */
final class BodyFieldLabels {

  private BodyFieldLabels() {}

  /** The errors, each with its field's label when the current call's body has a form and the form the field. */
  static List<ApiProblems.FieldError> labelled(List<ApiProblems.FieldError> errors) {
    Optional<String> form = formOfCurrentBody();
    if (form.isEmpty()) {
      return errors;
    }
    return errors.stream().map(error -> error.label() != null ? error
        : new ApiProblems.FieldError(error.field(), FormLabels.labelOnForm(form.get(), error.field(), Languages.current()), error.message()))
        .toList();
  }

  /** The form of the body the handler of the current call reads, if it has one. */
  private static Optional<String> formOfCurrentBody() {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
        || !(attributes.getRequest().getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler)) {
      return Optional.empty();
    }
    return Arrays.stream(handler.getMethodParameters())
        .filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class))
        .map(parameter -> parameter.getParameterType().getAnnotation(LabelledByForm.class))
        .filter(Objects::nonNull).map(LabelledByForm::value).findFirst();
  }
}
