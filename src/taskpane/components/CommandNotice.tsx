/**
 * The latest notice from a ribbon command (see src/commands/notices.ts), as a dismissible MessageBar.
 * Renders nothing when there is none.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { clearNotice, subscribeNotices, type Notice } from "../../commands/notices";

export function CommandNotice() {
  const [notice, setNotice] = useState<Notice | null>(null);
  useEffect(() => subscribeNotices(setNotice), []);
  if (!notice) return null;

  const dismiss = () => {
    clearNotice();
    setNotice(null);
  };
  return (
    <MessageBar intent={notice.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        {notice.message}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label="Dismiss" icon={<DismissRegular />} onClick={dismiss} />
        }
      />
    </MessageBar>
  );
}
