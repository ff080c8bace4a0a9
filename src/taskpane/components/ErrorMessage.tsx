/**
 * A failed operation, shown as an error MessageBar: a title, what to do and what Excel said
 * (describeOfficeError), and the Office error code (e.g. "ItemNotFound") so the user can report it exactly.
 * Props:
 *  - title: what failed, e.g. "Setup failed".
 *  - error: whatever was thrown (OfficeExtension.Error, Error, or anything else).
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { describeOfficeError } from "../../excel/errors";

export interface ErrorMessageProps {
  readonly title: string;
  readonly error: unknown;
}

export function ErrorMessage({ title, error }: ErrorMessageProps) {
  const { code, message } = describeOfficeError(error);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message} <span>(error code: {code})</span>
      </MessageBarBody>
    </MessageBar>
  );
}
