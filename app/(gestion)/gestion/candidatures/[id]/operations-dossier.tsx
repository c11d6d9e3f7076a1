// Placeholder replaced by the courriers/annulations work (issue 9 §6–7) in this session.
export function OperationsDossier(_props: { candidatureId: string; statut: string; role: string }) {
  return null;
}
