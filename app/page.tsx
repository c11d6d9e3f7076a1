export default function HomePage() {
  return <h1>Inscriptions des candidats individuels</h1>;
}
