// The physical limit for an HTTP route on this machine: Fastify with one JSON route, nothing else.
import Fastify from "fastify";
const app = Fastify({ logger: false });
app.get("/hello", async () => ({ hello: "world" }));
const address = await app.listen({ port: Number(process.argv[2] ?? 0), host: "127.0.0.1" });
console.log(address);
