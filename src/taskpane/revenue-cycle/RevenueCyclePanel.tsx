/** Revenue cycle: bill the unbilled visits, work the claims of the Work Queue. */
import { Subtitle2 } from "@fluentui/react-components";
import { DraftClaims } from "./DraftClaims";
import { FollowUp } from "./FollowUp";

export function RevenueCyclePanel() {
  return (
    <>
      <Subtitle2 as="h3">Unbilled visits</Subtitle2>
      <DraftClaims />
      <Subtitle2 as="h3">Work a claim</Subtitle2>
      <FollowUp />
    </>
  );
}
